import type { ProviderIdentityDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, type WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CURRENT_PASSWORD_INCORRECT } from "@stillpoint/shop-contracts"

export const changeCustomerPasswordWorkflowId = "change-customer-password"

/** `customer_id` is the signed-in customer's (the auth context's actor_id). */
export type ChangeCustomerPasswordInput = { customer_id: string; current_password: string; new_password: string }

const EMAILPASS = "emailpass"

/** The email the customer logs in with: the emailpass identity's entity_id. */
export const findCustomerEmailStep = createStep("find-customer-email", async (customerId: string, { container }) => {
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["id", "email"] })
  // A customer added by the owner in the admin may have no email, and so no password.
  if (!customer.email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account has no password to change")
  return new StepResponse(customer.email)
})

type PasswordCheck = { customer_id: string; email: string; password: string }

/**
 * Logs in with the current password, as the login route does, and makes sure the identity it
 * opens is the one this customer signed in with (its app_metadata names the customer), not
 * merely one with the same email.
 */
export const verifyCustomerPasswordStep = createStep("verify-customer-password", async (input: PasswordCheck, { container }) => {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity } = await auth.authenticate(EMAILPASS, { body: { email: input.email, password: input.password } })
  if (!success || authIdentity?.app_metadata?.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, CURRENT_PASSWORD_INCORRECT)
  }
  return new StepResponse(undefined)
})

type PasswordChange = { email: string; password: string }

/**
 * Sets the emailpass password. Compensation puts back the provider identity's metadata as it
 * was (the previous password's hash is in it), should a later step fail.
 */
export const setCustomerPasswordStep = createStep(
  "set-customer-password",
  async (input: PasswordChange, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities({ provider: EMAILPASS, entity_id: input.email })
    if (!identity) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This account has no password to change")
    const updated = await auth.updateProvider(EMAILPASS, { entity_id: input.email, password: input.password })
    // Medusa's provider reports a failure in its answer rather than throwing.
    if (!updated.success) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The password could not be changed: ${updated.error}`)
    const previous: Pick<ProviderIdentityDTO, "id" | "provider_metadata"> = { id: identity.id, provider_metadata: identity.provider_metadata }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.AUTH).updateProviderIdentities({ id: previous.id, provider_metadata: previous.provider_metadata })
  }
)

/**
 * A signed-in customer's new password, given the current one. Medusa 2.21's own route sets a
 * password only with the token of a reset email.
 */
export const changeCustomerPasswordWorkflow = createWorkflow(
  changeCustomerPasswordWorkflowId,
  (input: WorkflowData<ChangeCustomerPasswordInput>) => {
    const email = findCustomerEmailStep(input.customer_id)

    verifyCustomerPasswordStep(transform({ input, email }, ({ input, email }) => ({ customer_id: input.customer_id, email, password: input.current_password })))
    setCustomerPasswordStep(transform({ input, email }, ({ input, email }) => ({ email, password: input.new_password })))
    return new WorkflowResponse({ success: true })
  }
)
