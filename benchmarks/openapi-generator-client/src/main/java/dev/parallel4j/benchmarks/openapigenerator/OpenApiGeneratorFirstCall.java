package dev.parallel4j.benchmarks.openapigenerator;

import com.example.generated.ApiClient;
import com.example.generated.ApiException;
import com.example.generated.api.FindAllApi;
import com.example.generated.model.FindAllRun;

/**
 * A fresh JVM's first call with OpenAPI Generator's client: retrieve one FindAll run from the server named by the
 * first argument (the run's id is the second) and exit.
 */
public final class OpenApiGeneratorFirstCall {
    private OpenApiGeneratorFirstCall() {}

    /** {@code OpenApiGeneratorFirstCall <base-url> <findall-id>}. */
    public static void main(String[] args) throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(args[0]);
        client.setRequestInterceptor(request -> request.header("x-api-key", "bench-key"));
        FindAllRun run = new FindAllApi(client).findallRunsV1GetV1betaFindallRunsFindallIdGet(args[1], "findall-2025-09-15");
        System.out.println(run.getFindallId() + " " + run.getStatus().getStatus());
        System.exit(0);
    }
}
