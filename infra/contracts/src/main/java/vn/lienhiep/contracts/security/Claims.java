package vn.lienhiep.contracts.security;

/**
 * The access-token claims the platform reads. The embedded provider issues exactly these; another OpenID Connect
 * provider is mapped by configuration ({@code lienhiep.security.roles-claim}, e.g. Keycloak's
 * {@code realm_access.roles}).
 */
public final class Claims {

    /** The audience every platform access token must carry. */
    public static final String AUDIENCE = "lienhiep-api";
    /** A flat JSON array of role names, see {@link Role#parse}. */
    public static final String ROLES = "roles";
    /** The member organisation id a {@link Role#MEMBER_ORG_ADMIN} acts for. */
    public static final String ORGANIZATION = "org";
    /** The requesting body id a {@link Role#REQUESTER} acts for. */
    public static final String REQUESTER = "requester";
    /**
     * The person (membership's person id) the user is, when the account is linked to one: council members and judges
     * act as themselves. Default name; another provider's is configured ({@code lienhiep.security.person-claim}).
     */
    public static final String PERSON = "person";
    /** The expert (membership's expert id) the user is, when linked: experts act as themselves. */
    public static final String EXPERT = "expert";
    /** The login name shown in histories; {@code sub} is the stable id. */
    public static final String USERNAME = "preferred_username";
    public static final String DISPLAY_NAME = "name";

    private Claims() {
    }
}
