package dk.samvaer.outreach.ingestion;

/**
 * A result that a case system posts about a referral, each with its own endpoint ({@code /referrals/{id}/acceptance},
 * ...) and command; what the referral then is, is its {@link dk.samvaer.outreach.api.ReferralStatus}.
 */
public enum ReferralResult {
    ACCEPTANCE,
    ARRIVAL,
    DECLINE,
    EXPIRY
}
