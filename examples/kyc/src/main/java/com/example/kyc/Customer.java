package com.example.kyc;

import java.time.LocalDate;

import kz.iin.rules.authoring.IdNumber;

/**
 * A bank's KYC customer, as a rule project outside ours would model it: only the published fact types
 * ({@link IdNumber}) from iin-drools-rules.
 *
 * @param individual the product is for natural persons, so an IIN is required
 * @param birthDate  from the customer's documents
 */
public record Customer(String reference, IdNumber taxId, boolean individual, LocalDate birthDate) {
}
