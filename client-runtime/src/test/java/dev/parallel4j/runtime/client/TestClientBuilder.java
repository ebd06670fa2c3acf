package dev.parallel4j.runtime.client;

/** The smallest generated-style builder: it exposes the executor its settings produce. */
final class TestClientBuilder extends ClientBuilder<TestClientBuilder, RequestExecutor> {
    static final String DEFAULT_BASE_URL = "https://api.example.com";

    private Auth auth = Auth.none();

    TestClientBuilder() {
        super(DEFAULT_BASE_URL);
    }

    TestClientBuilder auth(Auth auth) {
        this.auth = auth;
        return this;
    }

    @Override
    protected TestClientBuilder self() {
        return this;
    }

    @Override
    public RequestExecutor build() {
        return executor(auth);
    }
}
