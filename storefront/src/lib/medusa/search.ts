import "server-only"
import { spellingSuggestion } from "@stillpoint/shop-contracts"
import type { HttpTypes } from "@medusajs/types"
import type { SearchState } from "../search-query"
import { storeFetch } from "./fetch"
import { matchedWords, resultsPageQueries, suggestionQueries, toHitPage, toPostHit, toProductFacets, toProductHit } from "./search-shape"
import type { RegionKey, SearchResults, SearchSuggestions } from "./types"

/**
 * Several queries in one round trip; results come back in the order the queries went.
 * `tags`: a prerendered view's queries, cached until the catalogue changes. Without them
 * (a visitor's query, a filtered view) nothing is cached: made-up queries cost no disk.
 */
export async function searchMany(queries: HttpTypes.StoreSearchQuery[], tags?: string[]) {
  const { results } = await storeFetch<HttpTypes.StoreSearchResponse>("/store/search", {
    method: "POST",
    body: { queries },
    tags,
  })
  return results
}

/** What the header's dropdown shows for the words typed so far. */
export async function suggest(q: string, region: RegionKey): Promise<SearchSuggestions> {
  const [products, posts] = await searchMany(suggestionQueries(q, region))
  return {
    products: toHitPage(products, (hit) => toProductHit(hit, region)),
    posts: toHitPage(posts, toPostHit),
  }
}

/** One page of products (filtered, with facets) and one page of posts. */
export async function search(state: SearchState, region: RegionKey): Promise<SearchResults> {
  const [products, posts] = await searchMany(resultsPageQueries(state, region))
  const productHits = toHitPage(products, (hit) => toProductHit(hit, region))
  const postHits = toHitPage(posts, toPostHit)
  return {
    products: productHits,
    posts: postHits,
    facets: toProductFacets(products?.facets, region),
    spelling: spellingSuggestion(state.q, matchedWords([...productHits.hits, ...postHits.hits])),
  }
}
