package com.example.kyc;

/** A KYC rule's verdict on a customer. */
public record Flag(String reference, String code) {
}
