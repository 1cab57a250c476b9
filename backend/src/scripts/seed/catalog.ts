/**
 * The shop's catalog and settings as data. seed.ts loads it; edit here to change
 * what a fresh shop starts with. Prices are in major units (89 = $89.00).
 * Weights in grams, dimensions in centimetres.
 */
import type { ArtKind } from "./product-art"

export const COLOURS: Record<string, string> = {
  Indigo: "#3a4a7d",
  Saffron: "#d99a35",
  Sage: "#8ea283",
  Charcoal: "#3d3d40",
  Oat: "#d8cbb1",
  Clay: "#b36b50",
  Natural: "#cdbf9f",
  Sandalwood: "#a7713f",
  Rosewood: "#7a3b2e",
  Brass: "#c7a04a",
}

export type Money = { usd: number; eur: number }

export type ProductSeed = {
  handle: string
  title: string
  subtitle: string
  category: string
  description: string
  care: string
  material: string
  art: ArtKind
  /** The colour the picture uses when the product has no Colour option. */
  artColour?: string
  skuPrefix: string
  weight: number
  dimensions: { length: number; width: number; height: number }
  options: Record<string, string[]>
  price: Money
  /** Added to the base price when a variant has this option value. */
  surcharge?: Record<string, Money>
  stock?: number
  /** Stock for particular SKUs: the shop's scarce and sold-out variants. */
  stockBySku?: Record<string, number>
  status?: "published" | "draft"
}

export const CATEGORIES = [
  { handle: "round-zafus", name: "Round zafus", description: "The classic pleated round cushion for cross-legged and Burmese postures." },
  { handle: "crescent-zafus", name: "Crescent zafus", description: "Half-moon cushions that leave room for the thighs and tilt the pelvis forward." },
  { handle: "zabutons", name: "Zabutons", description: "Flat mats that cushion knees and ankles beneath a zafu or bench." },
  { handle: "meditation-benches", name: "Meditation benches", description: "Wooden seiza benches for kneeling without weight on the ankles." },
  { handle: "bolsters", name: "Bolsters", description: "Firm supports for restorative postures, knees and lying practice." },
  { handle: "sets", name: "Sets", description: "A cushion and a mat chosen to work together, at a better price." },
  { handle: "covers-and-fills", name: "Replacement covers & fills", description: "Fresh covers and refills that keep a good cushion going for decades." },
  { handle: "accessories", name: "Accessories", description: "Bells, malas and the small things that make a practice space." },
] as const

const FILLS = ["Buckwheat hulls", "Kapok"]
const CUSHION_COLOURS = ["Indigo", "Saffron", "Sage", "Charcoal"]
const KAPOK = { usd: 10, eur: 9 }

export const PRODUCTS: ProductSeed[] = [
  {
    handle: "classic-round-zafu",
    title: "Classic Round Zafu",
    subtitle: "Pleated cotton, 36 cm across",
    category: "round-zafus",
    description:
      "Our everyday cushion: a pleated round zafu sewn from heavy cotton twill, 36 cm across and about 15 cm high when filled. Buckwheat hulls shift under you and then hold their shape; kapok is softer and lighter. The cover unzips for washing and the fill can be topped up or taken out to adjust the height.",
    care: "Unzip and empty the fill before washing the cover at 30 °C. Air the hulls in the sun now and then.",
    material: "Cotton twill cover, organic filling",
    art: "round-zafu",
    skuPrefix: "ZAF-RND",
    weight: 2300,
    dimensions: { length: 36, width: 36, height: 15 },
    options: { Fill: FILLS, Colour: CUSHION_COLOURS },
    price: { usd: 89, eur: 84 },
    surcharge: { Kapok: KAPOK },
    stock: 40,
    stockBySku: { "ZAF-RND-KAP-CHA": 0 },
  },
  {
    handle: "tall-round-zafu",
    title: "Tall Round Zafu",
    subtitle: "Extra height for tight hips",
    category: "round-zafus",
    description:
      "The same pleated round cushion with a taller gusset, about 20 cm filled. Sitting higher lets the knees drop below the hips, which is what most stiff-hipped beginners and tall sitters need to keep the back upright without effort.",
    care: "Remove the fill before washing the cover at 30 °C. Reshape by hand after each sit.",
    material: "Cotton twill cover, organic filling",
    art: "tall-zafu",
    skuPrefix: "ZAF-TAL",
    weight: 2900,
    dimensions: { length: 34, width: 34, height: 20 },
    options: { Fill: FILLS, Colour: ["Indigo", "Charcoal", "Oat"] },
    price: { usd: 98, eur: 92 },
    surcharge: { Kapok: KAPOK },
    stock: 25,
  },
  {
    handle: "travel-zafu",
    title: "Travel Zafu",
    subtitle: "Kapok-filled, under a kilo",
    category: "round-zafus",
    description:
      "A smaller, lighter zafu for retreats and trips: 30 cm across, filled with kapok so it weighs under a kilo, with a carry handle sewn into the side seam. Firm enough for a week of sitting, small enough for a suitcase.",
    care: "Spot clean the cover; machine wash at 30 °C with the fill removed.",
    material: "Cotton canvas cover, kapok fill",
    art: "travel-zafu",
    skuPrefix: "ZAF-TRV",
    weight: 900,
    dimensions: { length: 30, width: 30, height: 13 },
    options: { Colour: ["Indigo", "Saffron", "Sage"] },
    price: { usd: 64, eur: 60 },
    stock: 18,
    stockBySku: { "ZAF-TRV-SAF": 1 },
  },
  {
    handle: "hemp-round-zafu",
    title: "Hemp Round Zafu",
    subtitle: "Undyed organic hemp",
    category: "round-zafus",
    description:
      "A round zafu in undyed or charcoal organic hemp, a cloth that starts crisp and softens with every wash. Hemp breathes well in warm rooms and wears slowly, so this is the cushion for people who sit daily and want it to last.",
    care: "Wash the cover cold and line dry; hemp softens over time.",
    material: "Organic hemp cover, organic filling",
    art: "round-zafu",
    skuPrefix: "ZAF-HMP",
    weight: 2400,
    dimensions: { length: 36, width: 36, height: 15 },
    options: { Fill: FILLS, Colour: ["Natural", "Charcoal"] },
    price: { usd: 112, eur: 105 },
    surcharge: { Kapok: KAPOK },
    stock: 15,
  },
  {
    handle: "crescent-zafu",
    title: "Crescent Zafu",
    subtitle: "Room for the thighs",
    category: "crescent-zafus",
    description:
      "A half-moon cushion whose curved front edge leaves room for the thighs, so the pelvis tips forward and the spine stacks without strain. Many people with long legs or sore knees find it easier than a round zafu.",
    care: "Remove the fill before washing the cover at 30 °C.",
    material: "Cotton twill cover, organic filling",
    art: "crescent-zafu",
    skuPrefix: "ZAF-CRS",
    weight: 2200,
    dimensions: { length: 45, width: 28, height: 15 },
    options: { Fill: FILLS, Colour: CUSHION_COLOURS },
    price: { usd: 94, eur: 88 },
    surcharge: { Kapok: KAPOK },
    stock: 30,
  },
  {
    handle: "tall-crescent-zafu",
    title: "Tall Crescent Zafu",
    subtitle: "The crescent, 5 cm higher",
    category: "crescent-zafus",
    description:
      "Our crescent shape with a deeper wall for sitters who need more height: the curved front still clears the thighs, and the extra lift takes pressure off hips and knees in long sits.",
    care: "Remove the fill before washing the cover at 30 °C.",
    material: "Cotton twill cover, buckwheat hull fill",
    art: "crescent-zafu",
    skuPrefix: "ZAF-CRT",
    weight: 2700,
    dimensions: { length: 45, width: 28, height: 20 },
    options: { Colour: ["Indigo", "Charcoal", "Clay"] },
    price: { usd: 104, eur: 98 },
    stock: 12,
  },
  {
    handle: "cotton-zabuton",
    title: "Cotton Zabuton",
    subtitle: "Cotton batting, 80 × 70 cm",
    category: "zabutons",
    description:
      "A flat, tufted mat filled with layered cotton batting. It lifts knees and ankles off a hard floor and marks out the place where you sit. Eight tufts keep the batting from shifting; the cover zips off for washing.",
    care: "Take out the batting before washing the cover at 30 °C; air the batting outdoors.",
    material: "Cotton twill cover, cotton batting",
    art: "zabuton",
    skuPrefix: "ZAB-CTN",
    weight: 3200,
    dimensions: { length: 80, width: 70, height: 6 },
    options: { Colour: CUSHION_COLOURS },
    price: { usd: 119, eur: 112 },
    stock: 20,
  },
  {
    handle: "folding-travel-zabuton",
    title: "Folding Travel Zabuton",
    subtitle: "Folds in half, with a strap",
    category: "zabutons",
    description:
      "A thinner zabuton with a sewn fold line, so it halves to 40 × 70 cm and rolls up with its own strap. Made for carrying to a class or a retreat centre where the floor is unknown.",
    care: "Machine wash the cover at 30 °C with the foam core removed.",
    material: "Cotton canvas cover, natural latex core",
    art: "folding-zabuton",
    skuPrefix: "ZAB-FLD",
    weight: 1700,
    dimensions: { length: 80, width: 70, height: 4 },
    options: { Colour: ["Indigo", "Sage", "Charcoal"] },
    price: { usd: 89, eur: 84 },
    stock: 14,
  },
  {
    handle: "wool-zabuton",
    title: "Wool Zabuton",
    subtitle: "Felted wool, springy and warm",
    category: "zabutons",
    description:
      "Filled with felted sheep's wool instead of cotton, this zabuton springs back after every sit and stays warm on cold floors. Heavier and firmer than the cotton version, it suits daily sitters and long retreats.",
    care: "Wash the cover only; air the wool core in dry weather.",
    material: "Cotton cover, felted wool core",
    art: "zabuton",
    skuPrefix: "ZAB-WOL",
    weight: 4100,
    dimensions: { length: 80, width: 70, height: 7 },
    options: { Colour: ["Oat", "Charcoal"] },
    price: { usd: 149, eur: 139 },
    stock: 10,
  },
  {
    handle: "oak-seiza-bench",
    title: "Oak Seiza Bench",
    subtitle: "Solid oak, angled seat",
    category: "meditation-benches",
    description:
      "A kneeling bench in solid European oak with a seat angled forward by eight degrees, which tilts the pelvis and lets the back rise straight. The weight rests on the seat, not the ankles. Two heights: standard for most people, tall for anyone over 185 cm or with stiff knees.",
    care: "Wipe with a dry cloth. Refresh with a little natural oil once a year.",
    material: "Solid oak, natural oil finish",
    art: "bench",
    artColour: "Sandalwood",
    skuPrefix: "BEN-OAK",
    weight: 2600,
    dimensions: { length: 46, width: 18, height: 17 },
    options: { Height: ["Standard 17 cm", "Tall 20 cm"] },
    price: { usd: 129, eur: 121 },
    surcharge: { "Tall 20 cm": { usd: 10, eur: 9 } },
    stock: 16,
  },
  {
    handle: "folding-walnut-bench",
    title: "Folding Walnut Bench",
    subtitle: "Legs fold flat on brass hinges",
    category: "meditation-benches",
    description:
      "A walnut bench whose legs fold flat under the seat on brass hinges, so it slips into a bag. Locked open it is as steady as a fixed bench; folded it is 5 cm thick.",
    care: "Wipe with a dry cloth; keep the hinges free of grit.",
    material: "Solid walnut, brass hinges",
    art: "folding-bench",
    artColour: "Rosewood",
    skuPrefix: "BEN-WAL",
    weight: 2100,
    dimensions: { length: 46, width: 18, height: 17 },
    options: { Height: ["Standard 17 cm", "Tall 20 cm"] },
    price: { usd: 159, eur: 149 },
    stock: 8,
  },
  {
    handle: "rectangular-bolster",
    title: "Rectangular Bolster",
    subtitle: "Firm support for restorative poses",
    category: "bolsters",
    description:
      "A firm, flat-sided bolster, 60 × 30 × 15 cm, with a handle at one end. Use it under the knees lying down, along the spine in a supported backbend, or as a high seat for kneeling.",
    care: "Remove the fill before washing the cover at 30 °C.",
    material: "Cotton canvas cover, organic filling",
    art: "rect-bolster",
    skuPrefix: "BOL-REC",
    weight: 2800,
    dimensions: { length: 60, width: 30, height: 15 },
    options: { Fill: FILLS, Colour: ["Indigo", "Sage", "Charcoal"] },
    price: { usd: 79, eur: 74 },
    surcharge: { Kapok: KAPOK },
    stock: 22,
  },
  {
    handle: "round-bolster",
    title: "Round Bolster",
    subtitle: "Cylindrical, 65 cm long",
    category: "bolsters",
    description:
      "A round bolster packed firmly with buckwheat hulls, for under the knees, behind the back or across the lap in a long sit. The end panel unzips to adjust the firmness.",
    care: "Remove the fill before washing the cover at 30 °C.",
    material: "Cotton canvas cover, buckwheat hull fill",
    art: "round-bolster",
    skuPrefix: "BOL-RND",
    weight: 2500,
    dimensions: { length: 65, width: 22, height: 22 },
    options: { Colour: ["Saffron", "Clay", "Charcoal"] },
    price: { usd: 72, eur: 68 },
    stock: 20,
  },
  {
    handle: "knee-support-pillows",
    title: "Knee Support Pillows",
    subtitle: "A pair, kapok-filled",
    category: "bolsters",
    description:
      "Two small kapok pillows to slide under the knees when they do not reach the floor in a cross-legged seat. Supported knees mean quieter hips and a steadier back.",
    care: "Machine wash the covers at 30 °C with the fill removed.",
    material: "Cotton cover, kapok fill",
    art: "knee-pillows",
    skuPrefix: "BOL-KNE",
    weight: 500,
    dimensions: { length: 25, width: 15, height: 8 },
    options: { Colour: CUSHION_COLOURS },
    price: { usd: 36, eur: 34 },
    stock: 30,
  },
  {
    handle: "zafu-zabuton-set",
    title: "Zafu & Zabuton Set",
    subtitle: "The complete sitting place",
    category: "sets",
    description:
      "Our Classic Round Zafu on a matching Cotton Zabuton, the pairing most teachers recommend for a first proper sitting place. Bought together they cost less than apart.",
    care: "As for each piece: remove fill and batting before washing the covers at 30 °C.",
    material: "Cotton twill covers, organic filling, cotton batting",
    art: "zafu-set",
    skuPrefix: "SET-ZZ",
    weight: 5500,
    dimensions: { length: 80, width: 70, height: 21 },
    options: { Fill: FILLS, Colour: CUSHION_COLOURS },
    price: { usd: 189, eur: 178 },
    surcharge: { Kapok: KAPOK },
    stock: 12,
  },
  {
    handle: "bench-zabuton-set",
    title: "Bench & Zabuton Set",
    subtitle: "Oak bench on a cotton mat",
    category: "sets",
    description:
      "The Oak Seiza Bench with a Cotton Zabuton beneath it, so knees and shins rest on something soft. For people who kneel and want a complete place to sit.",
    care: "Wipe the bench dry; wash the zabuton cover at 30 °C with the batting removed.",
    material: "Solid oak, cotton twill, cotton batting",
    art: "bench-set",
    skuPrefix: "SET-BZ",
    weight: 5800,
    dimensions: { length: 80, width: 70, height: 23 },
    options: { Colour: ["Indigo", "Charcoal", "Oat"] },
    price: { usd: 229, eur: 215 },
    stock: 8,
  },
  {
    handle: "replacement-zafu-cover",
    title: "Replacement Zafu Cover",
    subtitle: "Fits our round zafus",
    category: "covers-and-fills",
    description:
      "A spare cover for the Classic and Hemp Round Zafus, with the same pleats and a long zip so refilling is easy. Swap colours with the season or keep one in the wash.",
    care: "Machine wash at 30 °C; iron the pleats while damp if you like them crisp.",
    material: "Cotton twill",
    art: "cover",
    skuPrefix: "CVR-ZAF",
    weight: 350,
    dimensions: { length: 36, width: 36, height: 2 },
    options: { Colour: ["Indigo", "Saffron", "Sage", "Charcoal", "Oat", "Clay"] },
    price: { usd: 34, eur: 32 },
    stock: 35,
  },
  {
    handle: "zabuton-cover",
    title: "Replacement Zabuton Cover",
    subtitle: "Fits the Cotton and Wool Zabutons",
    category: "covers-and-fills",
    description:
      "A spare cover for our 80 × 70 cm zabutons, with a three-sided zip that makes getting the batting in and out a two-minute job.",
    care: "Machine wash at 30 °C.",
    material: "Cotton twill",
    art: "cover",
    skuPrefix: "CVR-ZAB",
    weight: 600,
    dimensions: { length: 80, width: 70, height: 2 },
    options: { Colour: CUSHION_COLOURS },
    price: { usd: 42, eur: 39 },
    stock: 20,
  },
  {
    handle: "buckwheat-hull-refill",
    title: "Buckwheat Hull Refill",
    subtitle: "Cleaned, organic hulls",
    category: "covers-and-fills",
    description:
      "Organic buckwheat hulls, cleaned and sifted twice so there is no dust. Top up a cushion that has settled, or adjust its height by the handful. 1 kg raises a round zafu by about 2 cm.",
    care: "Store dry. Hulls last years; refresh a cushion when it stops holding its shape.",
    material: "Organic buckwheat hulls",
    art: "fill-bag",
    artColour: "Oat",
    skuPrefix: "FIL-BWH",
    weight: 1000,
    dimensions: { length: 30, width: 20, height: 15 },
    options: { Size: ["1 kg", "2.5 kg"] },
    price: { usd: 19, eur: 18 },
    surcharge: { "2.5 kg": { usd: 20, eur: 19 } },
    stock: 60,
  },
  {
    handle: "kapok-refill",
    title: "Kapok Refill",
    subtitle: "Soft seed fibre",
    category: "covers-and-fills",
    description:
      "Loose kapok, the silky fibre from the seed pods of the ceiba tree. It is lighter and softer than buckwheat and compresses more under weight; fluff it by hand before sitting.",
    care: "Store dry and loosely packed.",
    material: "Kapok fibre",
    art: "fill-bag",
    artColour: "Natural",
    skuPrefix: "FIL-KAP",
    weight: 500,
    dimensions: { length: 30, width: 20, height: 15 },
    options: { Size: ["500 g", "1 kg"] },
    price: { usd: 28, eur: 26 },
    surcharge: { "1 kg": { usd: 22, eur: 20 } },
    stock: 40,
  },
  {
    handle: "singing-bowl",
    title: "Hammered Singing Bowl",
    subtitle: "With cushion and wooden striker",
    category: "accessories",
    description:
      "A hand-hammered brass bowl with a long, clear tone, sold with a small ring cushion and a wooden striker. Ring it to open and close a sit, or to mark the end of a timer.",
    care: "Polish with a soft dry cloth; keep away from damp.",
    material: "Brass, cotton, beech",
    art: "bell",
    artColour: "Brass",
    skuPrefix: "ACC-BWL",
    weight: 700,
    dimensions: { length: 14, width: 14, height: 7 },
    options: { Size: ["12 cm", "16 cm"] },
    price: { usd: 58, eur: 54 },
    surcharge: { "16 cm": { usd: 24, eur: 22 } },
    stock: 15,
  },
  {
    handle: "wooden-mala",
    title: "Wooden Mala",
    subtitle: "108 beads, hand-knotted",
    category: "accessories",
    description:
      "A string of 108 wooden beads, knotted by hand between each bead, for counting breaths or recitations. Every twenty-seventh bead is a darker marker.",
    care: "Keep dry; a drop of oil on a cloth revives the wood.",
    material: "Sandalwood or rosewood, cotton cord",
    art: "mala",
    skuPrefix: "ACC-MAL",
    weight: 60,
    dimensions: { length: 45, width: 1, height: 1 },
    options: { Wood: ["Sandalwood", "Rosewood"] },
    price: { usd: 32, eur: 30 },
    stock: 25,
  },
  {
    handle: "meditation-shawl",
    title: "Meditation Shawl",
    subtitle: "Brushed merino, 180 × 70 cm",
    category: "accessories",
    description:
      "A wide, light shawl in brushed merino to wrap around the shoulders in a cool room or an early sit. Warm without weight, and it folds small.",
    care: "Hand wash cold and dry flat.",
    material: "Merino wool",
    art: "shawl",
    skuPrefix: "ACC-SHW",
    weight: 350,
    dimensions: { length: 180, width: 70, height: 1 },
    options: { Colour: ["Oat", "Charcoal", "Clay"] },
    price: { usd: 68, eur: 64 },
    stock: 18,
  },
  {
    handle: "cushion-carry-strap",
    title: "Cushion Carry Strap",
    subtitle: "Cotton webbing, brass buckle",
    category: "accessories",
    description:
      "A cotton webbing strap with a brass buckle that cinches around a zafu and a folded zabuton, so the whole sitting place goes over one shoulder.",
    care: "Machine wash at 30 °C.",
    material: "Cotton webbing, brass",
    art: "strap",
    skuPrefix: "ACC-STR",
    weight: 150,
    dimensions: { length: 150, width: 4, height: 1 },
    options: { Colour: ["Indigo", "Charcoal"] },
    price: { usd: 24, eur: 22 },
    stock: 40,
  },
  {
    handle: "indigo-festival-zafu",
    title: "Indigo Festival Zafu",
    subtitle: "Hand-dyed, limited run (coming soon)",
    category: "round-zafus",
    description:
      "A limited run of round zafus in hand-dyed indigo cloth, each one a slightly different blue. Not on sale yet: it is here as a draft so the shop owner can finish it in the admin.",
    care: "Wash the cover separately and cold; indigo bleeds at first.",
    material: "Hand-dyed cotton, buckwheat hull fill",
    art: "round-zafu",
    artColour: "Indigo",
    skuPrefix: "ZAF-FST",
    weight: 2300,
    dimensions: { length: 36, width: 36, height: 15 },
    options: { Fill: ["Buckwheat hulls"] },
    price: { usd: 129, eur: 121 },
    stock: 10,
    status: "draft",
  },
]

export const SALES_CHANNEL = { name: "Stillpoint web shop", description: "The storefront at stillpoint's own site" }
export const STOCK_LOCATION = {
  name: "Stillpoint workshop",
  address: { address_1: "12 Mill Lane", city: "Portland", country_code: "US", postal_code: "97214", province: "OR" },
}
export const PUBLISHABLE_KEY_TITLE = "Storefront"

export type RegionSeed = {
  name: string
  currency: "usd" | "eur"
  countries: string[]
  taxInclusive: boolean
  /** Standard VAT or sales-tax rate per country, in percent. */
  taxRates: Record<string, number>
  /** State or province rates under a country (ISO 3166-2, lower case). */
  provinceRates?: Record<string, Record<string, number>>
  shipping: { standard: number; express: number; freeStandardOver: number }
}

// EU prices include VAT, as EU law expects them displayed; US prices exclude sales tax.
// Rates are the countries' standard VAT rates as of 2026.
export const REGIONS: RegionSeed[] = [
  {
    name: "United States",
    currency: "usd",
    countries: ["us"],
    taxInclusive: false,
    // Sales tax only where the shop has nexus; an owner adds states in the admin.
    taxRates: { us: 0 },
    provinceRates: { us: { "us-ca": 7.25, "us-ny": 4 } },
    shipping: { standard: 8, express: 24, freeStandardOver: 150 },
  },
  {
    name: "European Union",
    currency: "eur",
    countries: ["de", "fr", "nl", "be", "at", "it", "es", "ie", "fi", "pt"],
    taxInclusive: true,
    taxRates: { de: 19, fr: 20, nl: 21, be: 21, at: 20, it: 22, es: 21, ie: 23, fi: 25.5, pt: 23 },
    shipping: { standard: 9, express: 26, freeStandardOver: 140 },
  },
]

export const PROMOTIONS = [
  { code: "WELCOME10", description: "10% off a first order", percentage: 10 },
]
