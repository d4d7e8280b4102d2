package vn.dondoc.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types to create or change a unit.
 */
class UnitForm {

	@NotBlank
	@Size(max = 30)
	@Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{unit.code.pattern}")
	private String code;

	@NotBlank
	@Size(max = 255)
	private String name;

	@NotNull
	private UnitKind kind;

	private Long parentId;

	private long version;

	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.code = unit.getCode();
		form.name = unit.getName();
		form.kind = unit.getKind();
		form.parentId = unit.getParentId();
		form.version = unit.getVersion();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
