package vn.dondoc.directive;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads a stored file with the type found in its content, always as an attachment so
 * that a browser never runs it in the application's origin.
 */
@Controller
class AttachmentController {

	private final DirectiveReading reading;

	AttachmentController(DirectiveReading reading) {
		this.reading = reading;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		Attachments.StoredFile file = this.reading.attachment(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
