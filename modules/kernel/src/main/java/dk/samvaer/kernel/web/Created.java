package dk.samvaer.kernel.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The body of a {@code 201 Created}: the new resource's id (its URL is in the {@code Location} header). */
public record Created(@Schema(example = "3f1c2a9e-6a55-4d5e-9d57-0c6f2b1f7a10") String id) {

    /** 201 with {@code Location} set to the current request URL plus {@code /{id}}. */
    public static ResponseEntity<Created> at(Object id) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(id.toString())
                .toUri();
        return ResponseEntity.created(location).body(new Created(id.toString()));
    }

    /** 201 with {@code Location} set to the given path. */
    public static ResponseEntity<Created> at(Object id, String path) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build()
                .toUri();
        return ResponseEntity.created(location).body(new Created(id.toString()));
    }
}
