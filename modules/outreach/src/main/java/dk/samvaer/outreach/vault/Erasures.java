package dk.samvaer.outreach.vault;

import dk.samvaer.kernel.security.Caller;
import dk.samvaer.outreach.api.ErasureId;
import dk.samvaer.outreach.api.RecordCitizenErasure;
import dk.samvaer.programme.api.Municipalities;
import dk.samvaer.programme.api.Municipality;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets a citizen at a case system's or an administrator's request: deletes the citizen's keys in every municipality
 * the caller may write in and records the erasure ({@link dk.samvaer.outreach.api.CitizenErased}), both in one
 * transaction, so a refused erasure deletes nothing.
 */
@Component
public class Erasures {

    private final CitizenKeyVault vault;
    private final CommandGateway commands;

    Erasures(CitizenKeyVault vault, CommandGateway commands) {
        this.vault = vault;
        this.commands = commands;
    }

    /** What an erasure came to: its id, and how many keys it deleted (0: unknown or already forgotten). */
    public record Erased(ErasureId erasureId, int keysDeleted) {}

    @Transactional
    public Erased erase(String sourceSystem, String citizenRef, String reason) {
        Caller caller = Caller.current();
        List<String> municipalityCodes = Municipalities.danish().all().stream()
                .map(Municipality::code)
                .filter(caller::sees)
                .sorted()
                .toList();
        int keysDeleted = vault.erase(citizenRef, municipalityCodes);
        ErasureId erasureId = ErasureId.random();
        commands.sendAndWait(new RecordCitizenErasure(
                erasureId, caller.name(), caller.client(), sourceSystem, reason, municipalityCodes, keysDeleted));
        return new Erased(erasureId, keysDeleted);
    }
}
