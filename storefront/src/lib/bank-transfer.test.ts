import assert from "node:assert/strict"
import { test } from "node:test"
import { BANK_TRANSFER } from "@stillpoint/shop-contracts"

/** ISO 13616: the IBAN, its first four characters moved to the end and letters as numbers, is 1 modulo 97. */
function validIban(iban: string): boolean {
  const compact = iban.replace(/\s/g, "")
  const digits = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact) && BigInt(digits) % 97n === 1n
}

/** ABA routing numbers: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10. */
function validRoutingNumber(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false
  const d = [...routing].map(Number)
  return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0
}

test("the check digit checks catch a typo", () => {
  assert.equal(validIban("DE89 3704 0044 0532 0130 00"), true)
  assert.equal(validIban("DE89 3704 0044 0532 0130 01"), false)
  assert.equal(validRoutingNumber("122040391"), true)
  assert.equal(validRoutingNumber("122040392"), false)
})

test("the shop's bank accounts have valid check digits, one for each currency the shop sells in", () => {
  assert.deepEqual(Object.keys(BANK_TRANSFER.accounts).sort(), ["eur", "usd"])
  for (const account of Object.values(BANK_TRANSFER.accounts)) {
    if (account.kind === "iban") {
      assert.ok(validIban(account.iban), `IBAN ${account.iban}`)
      assert.match(account.bic, /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/)
    } else {
      assert.ok(validRoutingNumber(account.routingNumber), `routing number ${account.routingNumber}`)
      assert.match(account.accountNumber, /^\d{4,17}$/)
    }
  }
})
