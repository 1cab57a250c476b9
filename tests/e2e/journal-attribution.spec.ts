/**
 * The journal that sells, seen from both sides: a reader buys from a post's product card and
 * from the product page its link opens; the owner sees "From the journal" on the order, the post
 * on the admin's Journal page with its figures, and the posts on the product's page.
 */
import { addToCart, checkout, expect, signInToAdmin, stepShot, test, uniqueEmail } from "./shop"

const journey = "journal-attribution"
const POST_TITLE = "Zafu or bench? How to choose your first meditation seat"

test("an order begun in a post shows its post on the order, on the Journal page and on the product", async ({ page, browser }) => {
  test.setTimeout(180_000)
  // From the post's card: the zafu, in place.
  await page.goto("/us/journal/zafu-or-bench")
  const card = page.getByRole("complementary", { name: "Classic Round Zafu" }).first()
  await card.getByRole("button", { name: /^Indigo/ }).click()
  await card.getByRole("button", { name: "Add to cart", exact: true }).click()
  await expect(card.getByText(/Added to your cart/)).toBeVisible({ timeout: 30_000 })
  await stepShot(page, journey, "added from the post's card")

  // Through the post's link: the bench, on its product page.
  await page.getByRole("link", { name: "Oak Seiza Bench" }).first().click()
  await expect(page).toHaveURL(/\/us\/products\/oak-seiza-bench\?from=zafu-or-bench$/)
  await addToCart(page, page.url().replace(/^https?:\/\/[^/]+/, ""))
  // And a shawl from the shop, which no post is credited with.
  await addToCart(page, "/us/products/meditation-shawl", ["Oat"])
  const orderNumber = await checkout(page, "us", {
    email: uniqueEmail("journal-order"),
    firstName: "Maya",
    lastName: "Lindqvist",
    street: "500 Market Street",
    postcode: "94105",
    city: "San Francisco",
    state: "California",
  })

  const owner = await (await browser.newContext()).newPage()
  await signInToAdmin(owner)
  await owner.getByRole("link", { name: "Orders" }).click()
  await owner.getByText(`#${orderNumber}`, { exact: true }).click()
  const fromJournal = owner.getByRole("region", { name: "From the journal" })
  await expect(fromJournal.getByRole("listitem")).toHaveCount(2)
  await expect(fromJournal.getByRole("listitem").filter({ hasText: "Classic Round Zafu" })).toContainText(`From the journal: ${POST_TITLE} (added from its product card)`)
  await expect(fromJournal.getByRole("listitem").filter({ hasText: "Oak Seiza Bench" })).toContainText(`From the journal: ${POST_TITLE} (added from its link to the product page)`)
  await expect(fromJournal).not.toContainText("Meditation Shawl")
  await fromJournal.scrollIntoViewIfNeeded()
  await stepShot(owner, journey, "admin order from the journal")

  // The Journal page: every post, this one with an order.
  await owner.getByRole("link", { name: "Journal" }).click()
  await expect(owner.getByRole("heading", { name: "Journal", level: 1 })).toBeVisible()
  const row = owner.getByRole("row").filter({ has: owner.getByRole("link", { name: POST_TITLE }) })
  await expect(row).toContainText("Published")
  await expect(owner.getByRole("row").filter({ hasText: "Notes on sitting through winter" })).toContainText("Draft")
  await expect(row.getByRole("cell").nth(4)).not.toHaveText("0")
  await stepShot(owner, journey, "admin journal")

  // The post's page: its products, each with what it sold.
  await row.getByRole("link", { name: POST_TITLE }).click()
  await expect(owner.getByRole("heading", { name: POST_TITLE, level: 1 })).toBeVisible()
  const zafu = owner.getByRole("row").filter({ has: owner.getByRole("link", { name: "Classic Round Zafu" }) })
  await expect(zafu).toContainText("published")
  await expect(zafu).toContainText("$")
  await stepShot(owner, journey, "admin journal post")

  // The product's page: the posts that link it, and the warning before unpublishing.
  await zafu.getByRole("link", { name: "Classic Round Zafu" }).click()
  const inJournal = owner.getByRole("region", { name: "In the journal" })
  await expect(inJournal.getByRole("link", { name: POST_TITLE })).toBeVisible()
  await expect(inJournal.getByText(/Before unpublishing: \d+ posts .*“Zafu or bench\? How to choose your first meditation seat”/)).toBeVisible()
  await stepShot(owner, journey, "admin product in the journal")
})
