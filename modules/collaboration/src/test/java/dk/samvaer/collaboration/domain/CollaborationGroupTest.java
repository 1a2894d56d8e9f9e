package dk.samvaer.collaboration.domain;

import dk.samvaer.collaboration.api.AddMemberSeat;
import dk.samvaer.collaboration.api.CollaborationGroupCreated;
import dk.samvaer.collaboration.api.CreateCollaborationGroup;
import dk.samvaer.collaboration.api.EraseMemberDisplayName;
import dk.samvaer.collaboration.api.GroupId;
import dk.samvaer.collaboration.api.Level;
import dk.samvaer.collaboration.api.MemberDisplayNameErased;
import dk.samvaer.collaboration.api.MemberSeatAdded;
import dk.samvaer.collaboration.api.OrganisationType;
import dk.samvaer.kernel.InvalidInput;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.RuleViolation;
import dk.samvaer.kernel.UnknownReference;
import dk.samvaer.programme.api.Municipalities;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollaborationGroupTest {

    private final GroupId group = GroupId.random();
    private final UUID seat = UUID.randomUUID();
    private AggregateTestFixture<CollaborationGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CollaborationGroup.class);
        fixture.registerInjectableResource(Municipalities.danish());
    }

    private CollaborationGroupCreated created() {
        return new CollaborationGroupCreated(group, "621", Level.STAFF);
    }

    @Test
    void setsUpAGroupInAMunicipalityAtALevel() {
        fixture.givenNoPriorActivity()
                .when(new CreateCollaborationGroup(group, "621", Level.STAFF))
                .expectEvents(created());
    }

    @Test
    void refusesAGroupInAnUnknownMunicipality() {
        fixture.givenNoPriorActivity()
                .when(new CreateCollaborationGroup(group, "999", Level.STAFF))
                .expectException(UnknownReference.class);
    }

    @Test
    void refusesAGroupWithoutALevel() {
        fixture.givenNoPriorActivity()
                .when(new CreateCollaborationGroup(group, "621", null))
                .expectException(InvalidInput.class);
    }

    @Test
    void addsASeatWithOrganisationTypeAndRoleTitleButNoName() {
        fixture.given(created())
                .when(new AddMemberSeat(group, seat, OrganisationType.SECTION_99, " Gadeplansmedarbejder "))
                .expectEvents(
                        new MemberSeatAdded(group, "621", seat, OrganisationType.SECTION_99, "Gadeplansmedarbejder"));
    }

    @Test
    void refusesASeatWithoutARoleTitle() {
        fixture.given(created())
                .when(new AddMemberSeat(group, seat, OrganisationType.SECTION_99, ""))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesTheSameSeatTwice() {
        fixture.given(created(), new MemberSeatAdded(group, "621", seat, OrganisationType.SHELTER, "Leder"))
                .when(new AddMemberSeat(group, seat, OrganisationType.SHELTER, "Leder"))
                .expectException(RuleViolation.class);
    }

    @Test
    void recordsTheErasureOfASeatsDisplayName() {
        fixture.given(created(), new MemberSeatAdded(group, "621", seat, OrganisationType.SHELTER, "Leder"))
                .when(new EraseMemberDisplayName(group, seat))
                .expectEvents(new MemberDisplayNameErased(group, "621", seat));
    }

    @Test
    void refusesToEraseTheNameOfAnUnknownSeat() {
        fixture.given(created()).when(new EraseMemberDisplayName(group, seat)).expectException(NotFound.class);
    }
}
