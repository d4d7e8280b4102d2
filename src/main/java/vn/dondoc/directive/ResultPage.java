package vn.dondoc.directive;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total may have been counted only up to a limit: past it, the
 * page says "more than N" rather than make every request count a hundred thousand rows.
 */
public class ResultPage<T> extends PageImpl<T> {

	private static final long serialVersionUID = 1L;

	private final boolean capped;

	ResultPage(List<T> content, Pageable pageable, long counted, long cap) {
		super(content, pageable, Math.min(counted, cap));
		this.capped = counted > cap;
	}

	/** Whether there are more rows than {@link #getTotalElements()} says. */
	public boolean isCapped() {
		return this.capped;
	}

}
