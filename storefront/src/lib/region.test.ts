import assert from "node:assert/strict"
import { test } from "node:test"
import { pathInRegion, regionFromAcceptLanguage, regionLanguages } from "./region"

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

test("each region's copy of a page is named for every country it sells to, and x-default is the default region's", () => {
  const regions = [
    { key: "us" as const, countries: [{ code: "us", name: "United States" }] },
    { key: "eu" as const, countries: [{ code: "de", name: "Germany" }, { code: "ie", name: "Ireland" }] },
  ]
  assert.deepEqual(regionLanguages("/products/travel-zafu", regions, (path) => `https://shop.example${path}`), {
    "x-default": "https://shop.example/us/products/travel-zafu",
    "en-US": "https://shop.example/us/products/travel-zafu",
    "en-DE": "https://shop.example/eu/products/travel-zafu",
    "en-IE": "https://shop.example/eu/products/travel-zafu",
  })
  assert.equal(regionLanguages("", regions, (path) => path)["en-DE"], "/eu")
})
