import Medusa from "@medusajs/js-sdk"

/** The admin is served by the backend itself: same origin, the owner's session cookie. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
