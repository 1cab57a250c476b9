/**
 * What every instance must see alike: a product edit reaches both storefront instances and
 * the search index, an uploaded image is served by every server, and an admin's session
 * cookie works whichever server answers.
 */
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { before, describe, it } from "node:test"
import { admin, adminToken, eventually, instancesWithRole, StoreClient } from "../support/cluster-clients"

describe("state shared by every instance", () => {
  let token = ""

  before(async () => {
    token = await adminToken()
  })

  it("shows a title edited in the admin on both storefront instances and in search within 5 s", async () => {
    const storefronts = instancesWithRole("storefront")
    assert.equal(storefronts.length, 2)
    const client = new StoreClient()
    const { body } = await client.send<{ products: { id: string; handle: string; title: string }[] }>(
      "GET",
      "/store/products?handle=classic-round-zafu&fields=id,handle,title"
    )
    const product = body.products[0]
    assert.ok(product, "the seeded Classic Round Zafu is missing")
    // The shop page lists every title and is prerendered (product pages render per request, for
    // the variant in their address), so it shows whether each instance's cache took the edit.
    const page = (instance: { url: string }) => fetch(`${instance.url}/us/shop`).then((r) => r.text())
    // Both instances have the page cached with the current title before the edit, and are not
    // regenerating it (earlier orders marked the catalogue stale): a cache hit, not a stale answer.
    for (const storefront of storefronts) {
      await eventually(30_000, async () => {
        const response = await fetch(`${storefront.url}/us/shop`)
        assert.ok((await response.text()).includes(product.title), `${storefront.name} lacks the title`)
        assert.equal(response.headers.get("x-nextjs-cache"), "HIT")
      })
    }

    const word = `Zq${randomBytes(4).toString("hex")}`
    await admin(token, `/admin/products/${product.id}`, { method: "POST", body: JSON.stringify({ title: `${product.title} ${word}` }) })
    const edited = Date.now()
    const seenAfter = new Map<string, number>()
    const searchFinds = async () => {
      const search = await client.send<{ results: { hits: { id: string }[] }[] }>("POST", "/store/search", {
        entity: "product",
        fields: ["id", "title"],
        filters: { q: word },
      })
      return search.body.results?.[0]?.hits.map((hit) => hit.id).join() === product.id
    }
    await eventually(5000, async () => {
      for (const storefront of storefronts) {
        if (!seenAfter.has(storefront.name) && (await page(storefront)).includes(word)) seenAfter.set(storefront.name, Date.now() - edited)
      }
      if (!seenAfter.has("search") && (await searchFinds())) seenAfter.set("search", Date.now() - edited)
      assert.deepEqual([...seenAfter.keys()].sort(), ["search", ...storefronts.map((s) => s.name)].sort(), "not everywhere yet")
    })
    console.log(`  the new title appeared after: ${[...seenAfter].map(([where, ms]) => `${where} ${ms} ms`).join(", ")}`)
  })

  it("serves an image uploaded through the balancer from every server", async () => {
    const image = randomBytes(256)
    const form = new FormData()
    form.append("files", new Blob([image], { type: "image/png" }), `cluster-${Date.now()}.png`)
    const response = await fetch(`${process.env.BACKEND_URL}/admin/uploads`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
    assert.equal(response.status, 200, await response.clone().text())
    const { files } = (await response.json()) as { files: { url: string }[] }
    const path = new URL(files[0].url).pathname
    assert.match(path, /^\/static\//)
    for (const server of instancesWithRole("server")) {
      const served = await fetch(`${server.url}${path}`)
      assert.equal(served.status, 200, `${server.name} does not serve ${path}`)
      assert.deepEqual(Buffer.from(await served.arrayBuffer()), image)
    }
  })

  it("keeps an admin signed in with a session cookie on every server (sessions live in Redis), over plain http", async () => {
    const [first, ...others] = instancesWithRole("server")
    // Through the balancer over plain http, as a person on the machine opens /app: a Secure
    // cookie would be dropped by the browser, so it must not be one.
    const session = await fetch(`${process.env.BACKEND_URL}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
    assert.equal(session.status, 200)
    const [setCookie] = session.headers.getSetCookie()
    assert.match(setCookie, /^connect\.sid=/)
    assert.doesNotMatch(setCookie, /;\s*Secure/i, "a Secure cookie over http never comes back")
    const cookie = setCookie.split(";")[0]
    for (const server of [first, ...others]) {
      const me = await fetch(`${server.url}/admin/users/me`, { headers: { cookie } })
      assert.equal(me.status, 200, `${server.name} does not know the session`)
    }
    // Behind a balancer that terminates TLS, the cookie is Secure.
    const overHttps = await fetch(`${first.url}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}`, "x-forwarded-proto": "https" } })
    assert.match(overHttps.headers.getSetCookie()[0], /;\s*Secure/i)
    for (const server of [first, ...others]) {
      const log = readFileSync(join(process.env.CLUSTER_LOG_DIR ?? "", `${server.name}.log`), "utf8")
      assert.doesNotMatch(log, /MemoryStore/, `${server.name} keeps sessions in memory`)
    }
  })
})
