CREATE TABLE dbo.Person (PersonId INT PRIMARY KEY, Name NVARCHAR(100)) AS NODE;
CREATE TABLE dbo.Knows (Since DATE) AS EDGE;
INSERT INTO dbo.Knows ($from_id, $to_id, Since)
SELECT p1.$node_id, p2.$node_id, '2020-01-01'
FROM dbo.Person p1, dbo.Person p2
WHERE p1.PersonId = 1 AND p2.PersonId = 2;
SELECT p2.Name FROM dbo.Person p1, dbo.Knows k, dbo.Person p2 WHERE MATCH(p1-(k)->p2) AND p1.Name = N'Ada';
