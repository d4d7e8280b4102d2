package vn.dondoc.directive;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters the directive register and the task list share, bound from the query
 * string: free text, number and symbol, issuer, kind, signer, a date range (of what, each
 * list says), sort and page.
 */
public abstract class ListFilter {

	private String q;

	private String number;

	private Issuer issuer;

	private DirectiveKind kind;

	private String signer;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate from;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate to;

	private String sort;

	private int page;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public Issuer getIssuer() {
		return this.issuer;
	}

	public void setIssuer(Issuer issuer) {
		this.issuer = issuer;
	}

	public DirectiveKind getKind() {
		return this.kind;
	}

	public void setKind(DirectiveKind kind) {
		this.kind = kind;
	}

	public String getSigner() {
		return this.signer;
	}

	public void setSigner(String signer) {
		this.signer = signer;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	/** The page sizes offered; the first is the default. */
	public static final java.util.List<Integer> SIZES = java.util.List.of(20, 50, 100);

	private Integer size;

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	/** The rows a page holds: one of {@link #SIZES}, else the first. */
	public int pageSize() {
		return (this.size != null && SIZES.contains(this.size)) ? this.size : SIZES.get(0);
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = Math.max(0, page);
	}

}
