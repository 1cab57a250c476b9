import assert from "node:assert/strict"
import { test } from "node:test"
import { renderEmail } from "./index"
import type { OrderPlacedEmailData } from "./order-placed"

const euOrder: OrderPlacedEmailData = {
  shopUrl: "http://shop.test",
  orderUrl: "http://shop.test/eu/order/order_1/confirmed",
  displayId: 42,
  placedAt: "2025-03-01T10:00:00.000Z",
  currency: "eur",
  items: [{ title: "Zafu cover", variantTitle: "Sage", quantity: 2, total: 64, imageUrl: "http://backend.test/static/zafu.jpg" }],
  shippingMethod: "Standard shipping",
  shippingAddress: ["Lena Vogel", "Kastanienallee 12", "10435 Berlin", "Germany"],
  totals: { subtotal: 64, discount: 6.4, shipping: 9, tax: 10.63, total: 66.6, taxInclusive: true },
  payByBankTransfer: true,
}

test("the order email shows the figures in the order's currency, in HTML and plain text", async () => {
  const email = await renderEmail("order-placed", euOrder)
  assert.equal(email.subject, "Your Stillpoint order #42")
  for (const part of [email.html, email.text]) {
    for (const figure of ["€64.00", "−€6.40", "€9.00", "€10.63", "€66.60", "Included VAT", "Zafu cover — Sage"]) {
      assert.ok(part.includes(figure), `${figure} missing`)
    }
    assert.ok(part.includes("DE82 4306 0967 2038 4751 00"), "the EUR account's IBAN")
    assert.ok(part.includes("15 March 2025"), "the payment's due date, 14 days on")
    assert.ok(part.includes(euOrder.orderUrl))
  }
  assert.ok(email.html.includes('src="http://backend.test/static/zafu.jpg"'))
})

test("a US order shows tax added, dollars, and no bank details when paid by card", async () => {
  const email = await renderEmail("order-placed", {
    ...euOrder,
    currency: "usd",
    payByBankTransfer: false,
    totals: { subtotal: 178, discount: 0, shipping: 0, tax: 7.12, total: 185.12, taxInclusive: false },
  })
  for (const figure of ["$178.00", "Free", "Tax", "$7.12", "$185.12"]) assert.ok(email.text.includes(figure), `${figure} missing`)
  assert.ok(!email.text.includes("Discount"))
  assert.ok(!email.text.includes("bank transfer"))
})

test("an unknown template is refused", async () => {
  await assert.rejects(renderEmail("nothing", {}), /No email template "nothing"/)
})
