package dk.samvaer.web.posters;

import dk.samvaer.activities.api.ActivityReadModel;
import dk.samvaer.activities.api.ActivityView;
import dk.samvaer.kernel.NotFound;
import dk.samvaer.kernel.security.Caller;
import dk.samvaer.kernel.security.Roles;
import dk.samvaer.programme.api.CentreDirectory;
import dk.samvaer.programme.api.CentreId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An activity's printable poster with the QR code of its evaluation link, for the API and the pages alike. */
@RestController
@Tag(name = "Activities", description = "Plug-and-play activities, their logbooks and participant evaluations")
public class PosterController {

    private final ActivityReadModel activities;
    private final CentreDirectory centres;
    private final Posters posters;

    PosterController(ActivityReadModel activities, CentreDirectory centres, Posters posters) {
        this.activities = activities;
        this.centres = centres;
        this.posters = posters;
    }

    @GetMapping(value = "/api/v1/activities/{id}/poster", produces = MediaType.APPLICATION_PDF_VALUE)
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.MUNICIPAL_LEADER, Roles.CENTRE_STAFF})
    @Operation(
            operationId = "getActivityPoster",
            summary = "A printable A4 poster of the activity (PDF), with the QR code of its evaluation link")
    public ResponseEntity<byte[]> poster(@PathVariable UUID id) {
        ActivityView activity = activities
                .find(id)
                .filter(a -> Caller.current().sees(a.municipalityCode()))
                .orElseThrow(() -> new NotFound("No such activity."));
        String centre = centres.find(new CentreId(activity.centreId()))
                .map(CentreDirectory.CentreSummary::name)
                .orElse("");
        String url = activity.evaluationLink() == null
                ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(activity.evaluationLink())
                        .toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("plakat-" + id + ".pdf")
                                .build()
                                .toString())
                .body(posters.pdf(activity, centre, url));
    }
}
