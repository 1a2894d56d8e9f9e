package dk.samvaer.outreach.api;

/** Where a referral stands: made, accepted by the centre, the citizen arrived, declined or expired. */
public enum ReferralStatus {
    MADE,
    ACCEPTED,
    ARRIVED,
    DECLINED,
    EXPIRED
}
