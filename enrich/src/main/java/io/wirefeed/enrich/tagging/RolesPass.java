package io.wirefeed.enrich.tagging;

/**
 * Pass 4, roles: the roles the text states around each known person's name ("Russian Foreign Minister
 * Sergey Lavrov", "Ivica Dačić, Serbia's foreign minister,"), see {@link RoleFinder}. People the knowledge
 * base lacks get theirs in {@link UnknownNamesPass}, once they are found.
 */
final class RolesPass {
    private final RoleFinder roles;

    RolesPass(RoleFinder roles) {
        this.roles = roles;
    }

    void run(Draft draft) {
        for (Reading r : draft.accepted) {
            if (r.person != null) {
                r.roles = roles.rolesAround(draft.tokens, draft.matches, r.from(), r.to());
            }
        }
    }
}
