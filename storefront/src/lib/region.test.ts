import assert from "node:assert/strict"
import { test } from "node:test"
import { pathInRegion, regionFromAcceptLanguage } from "./region"

test("European languages default to the EU region, others to the US", () => {
  assert.equal(regionFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8"), "eu")
  assert.equal(regionFromAcceptLanguage("fr"), "eu")
  assert.equal(regionFromAcceptLanguage("en-IE,en;q=0.9"), "eu")
  assert.equal(regionFromAcceptLanguage("en-US,en;q=0.9"), "us")
  assert.equal(regionFromAcceptLanguage("ja,en;q=0.5"), "us")
  assert.equal(regionFromAcceptLanguage("en;q=0.5,nl;q=0.9"), "eu")
  assert.equal(regionFromAcceptLanguage(undefined), "us")
})

test("paths move between regions and region-less paths get one", () => {
  assert.equal(pathInRegion("/us/products/travel-zafu", "eu"), "/eu/products/travel-zafu")
  assert.equal(pathInRegion("/products/travel-zafu", "us"), "/us/products/travel-zafu")
  assert.equal(pathInRegion("/", "eu"), "/eu")
  assert.equal(pathInRegion("/eu/shop?colour=Sage&sort=newest", "us"), "/us/shop?colour=Sage&sort=newest")
})
