/**
 * Jakarta Bean Validation constraints for Kazakhstan identifiers: {@link kz.iin.validation.Iin},
 * {@link kz.iin.validation.Bin} and {@link kz.iin.validation.TaxpayerId} (either kind). The validators
 * delegate to {@code kz.iin}; messages come in English, Russian and Kazakh from
 * {@code ContributorValidationMessages*.properties}.
 */
package kz.iin.validation;
