CREATE MATERIALIZED VIEW instances AS
WITH domain_counts(domain, accounts_count) AS (
    SELECT domain, COUNT(*) AS accounts_count
      FROM accounts
     WHERE domain IS NOT NULL
     GROUP BY domain
)
SELECT domain, accounts_count
  FROM domain_counts
UNION
SELECT domain_blocks.domain, COALESCE(domain_counts.accounts_count, 0)
  FROM domain_blocks
  LEFT OUTER JOIN domain_counts ON domain_counts.domain = domain_blocks.domain
UNION
SELECT domain_allows.domain, COALESCE(domain_counts.accounts_count, 0)
  FROM domain_allows
  LEFT OUTER JOIN domain_counts ON domain_counts.domain = domain_allows.domain;

CREATE UNIQUE INDEX index_instances_on_domain ON instances (domain);
CREATE INDEX index_instances_on_reverse_domain ON instances (reverse('.' || domain), domain);
