;
;;
SELECT 1;;
; SELECT 2; ;
;;; -- nothing but terminators
SELECT 3
;
;
