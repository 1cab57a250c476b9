/**
 * The backend with MEILISEARCH_HOST, end to end: the test cluster searches through Meilisearch
 * (the stand-in, or a real one when MEILISEARCH_HOST is set for the run). A product made in the
 * admin reaches Meilisearch's index through its events on the worker; the Store API's search
 * and the storefront's search page answer from that index, and from nothing else.
 */
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { before, describe, it } from "node:test"
import { admin, adminToken, eventually, productWithStock, StoreClient } from "../support/cluster-clients"

const host = () => {
  const value = process.env.CLUSTER_MEILISEARCH_HOST
  if (!value) throw new Error("CLUSTER_MEILISEARCH_HOST is not set: the cluster suite runs its backends with MEILISEARCH_HOST")
  return value.replace(/\/$/, "")
}

async function meilisearch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${host()}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${process.env.CLUSTER_MEILISEARCH_API_KEY ?? ""}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  assert.ok(response.ok, `Meilisearch ${init.method ?? "GET"} ${path}: ${response.status} ${text}`)
  return JSON.parse(text) as T
}

type IndexInfo = { uid: string; primaryKey: string | null }

describe("search through Meilisearch (MEILISEARCH_HOST)", { concurrency: false }, () => {
  let token = ""
  let productIndex: IndexInfo

  before(async () => {
    token = await adminToken()
    const { results } = await meilisearch<{ results: IndexInfo[] }>("/indexes?limit=100")
    // The Search Module names each index version after its definition ("product…", "post…").
    const products = results.filter((index) => index.uid.startsWith("product"))
    assert.ok(products.length >= 1, `Meilisearch holds no product index (${results.map((i) => i.uid).join(", ")})`)
    productIndex = products[products.length - 1]
  })

  it("indexes a product made in the admin, and the Store API and the search page find it there", async () => {
    const product = await productWithStock(5)
    const word = `Mq${randomBytes(4).toString("hex")}`
    const title = `Meditation Cushion ${word}`
    await admin(token, `/admin/products/${product.productId}`, { method: "POST", body: JSON.stringify({ title }) })

    const client = new StoreClient()
    const storeSearchIds = async () => {
      const { status, body } = await client.send<{ results: { hits: { id: string }[] }[] }>("POST", "/store/search", {
        entity: "product",
        fields: ["id", "title"],
        filters: { q: word },
      })
      assert.equal(status, 200)
      return body.results[0]?.hits.map((hit) => hit.id) ?? []
    }

    // In Meilisearch's own index, found by its own search.
    const document = await eventually(30_000, async () => {
      const { hits } = await meilisearch<{ hits: Record<string, unknown>[] }>(`/indexes/${productIndex.uid}/search`, { method: "POST", body: { q: word } })
      assert.equal(hits.length, 1, `Meilisearch's ${productIndex.uid} does not hold the new title yet`)
      return hits[0]
    })
    assert.deepEqual(await eventually(10_000, async () => {
      const ids = await storeSearchIds()
      assert.deepEqual(ids, [product.productId])
      return ids
    }), [product.productId])
    await eventually(30_000, async () => {
      const page = await (await fetch(`${process.env.STOREFRONT_URL}/us/search?q=${word}`)).text()
      // The title is shown with the matched word highlighted: look for the product's link.
      assert.ok(page.includes(`href="/us/products/${product.handle}"`), "the storefront's search page does not show the product")
    })

    // Taken out of Meilisearch behind the backend's back, the product is no longer found:
    // the Store API's answer came from Meilisearch, not from Postgres.
    const key = productIndex.primaryKey ?? "id"
    const { taskUid } = await meilisearch<{ taskUid: number }>(`/indexes/${productIndex.uid}/documents/delete-batch`, { method: "POST", body: [document[key]] })
    await eventually(10_000, async () => {
      const task = await meilisearch<{ status: string }>(`/tasks/${taskUid}`)
      assert.equal(task.status, "succeeded")
    })
    await eventually(10_000, async () => assert.deepEqual(await storeSearchIds(), []))

    // Its next change in the admin puts it back.
    await admin(token, `/admin/products/${product.productId}`, { method: "POST", body: JSON.stringify({ subtitle: "Back in the index" }) })
    await eventually(30_000, async () => assert.deepEqual(await storeSearchIds(), [product.productId]))
  })
})
