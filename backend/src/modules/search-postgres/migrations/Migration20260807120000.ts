// The stock Postgres provider's migration (pg_trgm, unaccent, the medusa_search_english
// text search configuration and the catalog table). Medusa runs a provider's migrations
// from the provider's own folder, so registering this subclass instead of the stock
// provider needs them here; same name, so a database that ran the stock one skips it.
export { PostgresSearchMigration20260807120000 as Migration20260807120000 } from "../../../lib/medusa-internals"
