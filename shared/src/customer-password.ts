/**
 * A customer's password: the rule for choosing one, which the storefront's forms and the
 * backend's change-password route both apply, and the backend's answer (a 400) when the
 * current password given to change it is wrong. The storefront tells that answer by its
 * message, the one part of an error body Medusa's JS SDK passes on besides the status.
 */
export const PASSWORD_MIN_LENGTH = 8

export const CURRENT_PASSWORD_INCORRECT = "The current password is not correct"
