/** The shop's public address, for feeds, the sitemap, canonical links, structured data and cookies. */
export const SITE_URL = (process.env.SITE_URL || `http://localhost:${process.env.PORT || 8000}`).replace(/\/$/, "")
