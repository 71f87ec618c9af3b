DROP VIEW IF EXISTS dbo.vw_LegacyTickets;
DROP PROCEDURE IF EXISTS dbo.usp_LegacyTicketReport;
DROP FUNCTION IF EXISTS dbo.fn_LegacyPriority;
DROP TRIGGER IF EXISTS dbo.trg_Tickets_Legacy;
DROP SYNONYM IF EXISTS dbo.LegacyTickets;
DROP TYPE IF EXISTS dbo.LegacyTicketList;
DROP SEQUENCE IF EXISTS dbo.LegacyNumbers;
DROP SCHEMA IF EXISTS legacy;
