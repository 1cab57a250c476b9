/**
 * The parts of Medusa's packages the backend builds on that those packages do not export:
 * their public entry points only hand out whole module providers, and the shop extends the
 * providers themselves. Every import from a package's `dist/` is here, so an upgrade that
 * moves one breaks medusa-internals.test.ts rather than a checkout.
 *
 * - caching: the in-memory provider and the Caching Module's key hasher, which a provider
 *   outside the module must load itself (modules/caching-memory);
 * - caching-redis: the Redis provider and its loaders (modules/caching-redis);
 * - payment-stripe: the Stripe provider and its options (modules/stripe-payment);
 * - search-postgres: the Postgres search provider, its table naming, its facet requests and
 *   results, and its migration (modules/search-postgres);
 * - search: how the Search Module splits a listing with disjunctive facets into the queries a
 *   provider's searchMany receives (the facet table's tests send the same).
 */
export { default as cachingHashLoader } from "@medusajs/caching/dist/loaders/hash"
export { MemoryCachingProvider } from "@medusajs/caching/dist/providers/memory-cache"
export { default as redisCachingConnectionLoader } from "@medusajs/caching-redis/dist/loaders/connection"
export { default as redisCachingHashLoader } from "@medusajs/caching-redis/dist/loaders/hash"
export { RedisCachingProvider } from "@medusajs/caching-redis/dist/services/redis-cache"
export { default as MedusaStripeProviderService } from "@medusajs/payment-stripe/dist/services/stripe-provider"
export type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
export { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
export { mapFacetResult, normalizeFacetRequests, tableNameForIndex } from "@medusajs/search-postgres/dist/utils"
export type { IndexPlan, NormalizedFacetRequest, PostgresFieldKind } from "@medusajs/search-postgres/dist/utils"
export { buildDisjunctiveFacetQueries } from "@medusajs/search/dist/utils"
export { Migration20260807120000 as PostgresSearchMigration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
