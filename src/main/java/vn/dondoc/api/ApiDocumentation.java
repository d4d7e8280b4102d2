package vn.dondoc.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description ({@code /v3/api-docs}, committed as
 * {@code src/main/openapi/dondoc-api.json}): who it is for, its bearer tokens and scopes,
 * and the problem details (RFC 9457) every refusal answers with. The operations describe
 * themselves in {@link ApiController}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "application/problem+json";

	static final String BEARER = "bearerAuth";

	@Bean
	OpenAPI dondocApi(@Value("${dondoc.mail.base-url:}") String baseUrl, ObjectProvider<BuildProperties> build) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("dev");
		return new OpenAPI()
			.info(new Info().title("Theo dõi nhiệm vụ – API")
				.version(version)
				.description("""
						API của phần mềm Theo dõi nhiệm vụ (dondoc): hệ thống quản lý văn bản của tỉnh đẩy văn bản \
						chỉ đạo đến cùng các nhiệm vụ được giao cho Sở, đọc lại văn bản, nhiệm vụ và theo dõi các \
						thay đổi của nhiệm vụ. Mọi lời gọi dùng mã truy cập (token) do quản trị viên cấp, mỗi mã \
						có các quyền (scope) riêng. Mọi từ chối trả về problem details (RFC 9457).

						The API of dondoc, the task tracking application of a provincial Department: the \
						document system pushes incoming directives with their tasks, reads them back and follows \
						the tasks' changes. Every call carries a bearer token with its scopes; every refusal is \
						an RFC 9457 problem.""")
				.contact(new Contact().name("Văn phòng Sở – quản trị hệ thống"))
				.license(new License().name("Phần mềm của Sở – không phân phối lại")
					.identifier("LicenseRef-Proprietary")))
			.servers(List.of(new Server().url(baseUrl.isBlank() ? "/" : baseUrl.replaceAll("/+$", ""))
				.description("Máy chủ của Sở")))
			.tags(List.of(new Tag().name("directives").description("Văn bản chỉ đạo và nhiệm vụ được giao"),
					new Tag().name("tasks").description("Nhiệm vụ và thay đổi của nhiệm vụ"),
					new Tag().name("edxml")
						.description(
								"Văn bản đến dạng gói edXML (QCVN 102:2016/BTTTT) và thông điệp trạng thái trả lời")))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("dd_…")
					.description("Mã truy cập do quản trị viên cấp tại /admin/api-tokens (bắt đầu bằng dd_), gửi trong"
							+ " tiêu đề Authorization: Bearer dd_…. Quyền: directives:write, directives:read,"
							+ " tasks:read."))
				.addSchemas("FieldError",
						new ObjectSchema().description("Một trường không hợp lệ.")
							.addProperty("field", new StringSchema().description("Tên trường, ví dụ tasks[0].leadUnit"))
							.addProperty("message", new StringSchema().description("Lý do, bằng tiếng Việt"))
							.required(List.of("field", "message")))
				.addSchemas("Problem", problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("Problem details (RFC 9457).")
			.addProperty("type", new StringSchema().format("uri-reference").description("Loại lỗi"))
			.addProperty("title", new StringSchema().description("Tóm tắt lỗi"))
			.addProperty("status", new IntegerSchema().format("int32").description("Mã trạng thái HTTP"))
			.addProperty("detail", new StringSchema().description("Giải thích, bằng tiếng Việt"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("Đường dẫn được gọi"))
			.addProperty("field", new StringSchema().description("Trường sai (khi chỉ có một)"))
			.addProperty("existing",
					new StringSchema().format("uri-reference").description("409: văn bản đã vào sổ trước đó"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
						.description("400: các trường không hợp lệ"))
			.required(List.of("title", "status"));
	}

	/**
	 * The refusals every operation can answer with, beside its own: no or a wrong token,
	 * a token without the scope, too many calls.
	 */
	@Bean
	OpenApiCustomizer commonRefusals() {
		return (api) -> api.getPaths()
			.values()
			.forEach((path) -> path.readOperations().forEach(ApiDocumentation::refusals));
	}

	private static void refusals(Operation operation) {
		ApiResponses responses = operation.getResponses();
		List<List<String>> refusals = List.of(List.of("401", "Thiếu mã truy cập, mã sai, hết hạn hoặc đã thu hồi."),
				List.of("403", "Mã truy cập không có quyền cần cho thao tác này."),
				List.of("429", "Quá nhiều lời gọi trong một phút; thử lại sau số giây trong Retry-After."));
		for (List<String> refusal : refusals) {
			if (!responses.containsKey(refusal.get(0))) {
				responses.addApiResponse(refusal.get(0), problem(refusal.get(1)));
			}
		}
	}

	static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

}
