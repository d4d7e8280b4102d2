package vn.dondoc.directive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files.
 *
 * @param maxSize the largest file accepted (default 20 MB)
 */
@ConfigurationProperties("dondoc.attachments")
public record AttachmentSettings(DataSize maxSize) {

	public AttachmentSettings {
		if (maxSize == null) {
			maxSize = DataSize.ofMegabytes(20);
		}
	}

}
