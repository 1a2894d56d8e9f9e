package dk.samvaer.web.security;

/**
 * The ways in that the sign-in page offers (the bean {@code signInOptions}, which the page reads): the form for local
 * users ({@code samvaer.web.users-file}) and the button of the OpenID Connect provider ({@code samvaer.web.oidc.*}),
 * with the provider's name when one is configured. The form is shown whenever there is no provider, as before.
 *
 * @param form whether the page shows the username and password form
 * @param provider whether the page shows the provider's button
 * @param providerName the provider's name on its button, or {@code null} for the general text
 * @param providerPath where the button leads
 */
public record SignInOptions(boolean form, boolean provider, String providerName, String providerPath) {

    static SignInOptions of(boolean localUsers, boolean provider, String providerName) {
        return new SignInOptions(
                localUsers || !provider,
                provider,
                providerName,
                provider ? "/oauth2/authorization/" + ProviderRegistration.ID : null);
    }
}
