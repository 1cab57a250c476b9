/**
 * One order, the same figures everywhere a person reads them: the cart, the confirmation,
 * the account's order list and order page, and the admin. Exact seeded prices and rates.
 */
import { addToCart, checkout, expect, readTotals, signInToAdmin, registerCustomer, test, uniqueEmail, type AddressInput, type ShownTotals } from "./shop"

const cases: { name: string; region: "us" | "eu"; address: Omit<AddressInput, "email">; expected: ShownTotals; money: (n: number) => string }[] = [
  {
    // $89 zafu + $8 standard shipping (under $150), California sales tax 7.25 % on both, added on top.
    name: "a US order with California sales tax",
    region: "us",
    address: { firstName: "Maya", lastName: "Lindqvist", street: "500 Market Street", postcode: "94105", city: "San Francisco", state: "California" },
    expected: { subtotal: 89, discount: 0, shipping: 8, tax: 7.03, taxIncluded: false, refunded: 0, total: 104.03 },
    money: (n) => `$${n.toFixed(2)}`,
  },
  {
    // €84 zafu + €9 standard shipping (under €140); German VAT 19 % included: 93 − 93 / 1.19.
    name: "an EU order with VAT included",
    region: "eu",
    address: { firstName: "Lena", lastName: "Vogel", street: "Torstraße 12", postcode: "10119", city: "Berlin", country: "Germany" },
    expected: { subtotal: 84, discount: 0, shipping: 9, tax: 14.85, taxIncluded: true, refunded: 0, total: 93 },
    money: (n) => `€${n.toFixed(2)}`,
  },
]

for (const c of cases) {
  test(`${c.name}: the cart, confirmation, account and admin show the same totals`, async ({ page, browser }) => {
    test.setTimeout(150_000)
    const email = uniqueEmail(`totals-${c.region}`)
    await registerCustomer(page, c.region, { firstName: c.address.firstName, lastName: c.address.lastName, email, password: "even-breath-31" })
    await addToCart(page, `/${c.region}/products/classic-round-zafu`, ["Buckwheat hulls", "Indigo"])
    await page.goto(`/${c.region}/cart`)
    expect((await readTotals(page)).subtotal).toBe(c.expected.subtotal)

    const orderNumber = await checkout(page, c.region, { ...c.address, email })
    const confirmed = await readTotals(page)
    expect(confirmed).toEqual(c.expected)

    await page.goto(`/${c.region}/account/orders`)
    await expect(page.getByRole("row").filter({ hasText: `#${orderNumber}` })).toContainText(c.money(c.expected.total))
    await page.getByRole("link", { name: `#${orderNumber}` }).click()
    await expect(page.getByRole("heading", { name: `Order #${orderNumber}` })).toBeVisible()
    expect(await readTotals(page)).toEqual(c.expected)

    const owner = await (await browser.newContext()).newPage()
    await signInToAdmin(owner)
    await owner.getByText(`#${orderNumber}`, { exact: true }).click()
    await expect(owner.getByRole("heading", { name: `#${orderNumber}`, level: 1 })).toBeVisible()
    await expect(owner.getByText(c.money(c.expected.total)).first()).toBeVisible()
    await expect(owner.getByText(c.money(c.expected.tax)).first()).toBeVisible()
  })
}
