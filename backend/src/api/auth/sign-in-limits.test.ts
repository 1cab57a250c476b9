/** Which address a sign-in is counted under. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { clientAddress } from "./sign-in-limits"

describe("the address a sign-in counts against", () => {
  it("is the connection's, whatever X-Forwarded-For a remote client writes", () => {
    assert.equal(clientAddress("198.51.100.4", "203.0.113.9"), "198.51.100.4")
    assert.equal(clientAddress("::ffff:198.51.100.4", undefined), "198.51.100.4")
  })

  it("is the last forwarded address when this machine's storefront or nginx passes the request on", () => {
    assert.equal(clientAddress("127.0.0.1", "10.9.8.7, 203.0.113.9"), "203.0.113.9")
    assert.equal(clientAddress("::1", ["203.0.113.9"]), "203.0.113.9")
    assert.equal(clientAddress("127.0.0.1", "not an address"), null)
  })

  it("is none for this machine's own processes: they are not limited by address", () => {
    assert.equal(clientAddress("127.0.0.1", undefined), null)
    assert.equal(clientAddress("127.0.0.1", "::ffff:127.0.0.1"), null)
    assert.equal(clientAddress(undefined, undefined), null)
  })
})
