/**
 * API keys for other systems (an applicant tracking system, a reporting job): made and revoked by administrators,
 * stored as hashes, each with scopes that name the few routes it reaches. A key calls with a recruiter's reach
 * inside its scopes, and nothing outside them.
 */
package io.panelist.identity.apikey;
