package dk.samvaer.outreach.api;

import java.util.Optional;

/** Finds a referral by the event that made it, strongly consistent with the command side. */
public interface ReferralDirectory {

    Optional<ReferralMade> find(ReferralId referralId);
}
