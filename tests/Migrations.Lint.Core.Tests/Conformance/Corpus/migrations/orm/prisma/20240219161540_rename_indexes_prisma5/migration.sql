-- RenameIndex
ALTER INDEX "_CategoryToPost_AB_unique" RENAME TO "_CategoryToPost_AB_pkey_old";

-- AlterTable
ALTER TABLE "_CategoryToPost" ADD CONSTRAINT "_CategoryToPost_AB_pkey" PRIMARY KEY ("A", "B");

-- DropIndex
DROP INDEX "_CategoryToPost_AB_pkey_old";
