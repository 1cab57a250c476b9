"use client"
import dynamic from "next/dynamic"

/**
 * StripePayment in its own chunk: Stripe's loader and React bindings are downloaded only when a
 * cart pays by card and reaches the review step, not on every checkout visit.
 */
export const LazyStripePayment = dynamic(() => import("./StripePayment").then((module) => module.StripePayment))
