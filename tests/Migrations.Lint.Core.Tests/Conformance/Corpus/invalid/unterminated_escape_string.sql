SELECT E'escaped quote does not close \';
