package io.ciscosparkapi.transport.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.ciscosparkapi.transport.tck.UrlConnectionTransport.Bug;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The suite catches every mistake planted in {@link UrlConnectionTransport}, one at a time: the
 * cases named for each bug fail against the transport that has it, each with a message saying
 * what the contract requires and a typical cause. (Without a bug, the same transport passes the
 * whole suite: {@link UrlConnectionTransportConformanceTest}.)
 */
class PlantedBugsTest {

    /** The cases that must catch each bug. */
    private static final Map<Bug, List<String>> CAUGHT_BY = Map.ofEntries(
            Map.entry(Bug.PROXY_OPTIONS_IGNORED, List.of("httpRequestGoesThroughTheOptionsProxyInAbsoluteForm",
                    "httpsRequestGoesThroughTheOptionsProxyByConnect", "jvmDefaultProxySelectorDecidesWhenTheOptionsNameNoProxy")),
            Map.entry(Bug.JVM_DEFAULT_PROXY_INSTEAD, List.of("proxyOfTheOptionsWinsOverTheJvmDefault",
                    "directSelectorOfTheOptionsWinsOverTheJvmDefault")),
            Map.entry(Bug.BEARER_AS_PROXY_CREDENTIALS, List.of("httpRequestGoesThroughTheOptionsProxyInAbsoluteForm")),
            Map.entry(Bug.SERVES_AFTER_CLOSE, List.of("executeAfterCloseFailsWithoutSendingAnything")),
            Map.entry(Bug.CONTENT_TYPE_TWICE, List.of("everyRequestWithABodyCarriesExactlyOneContentType")),
            Map.entry(Bug.NO_CONNECTION_REUSE, List.of("sequentialRequestsReuseTheirConnection")),
            Map.entry(Bug.ONE_LOCK, List.of("concurrentRequestsAreInFlightTogether")),
            Map.entry(Bug.GLOBAL_AUTHENTICATOR, List.of("basicChallengeIsReturnedWithoutAskingTheJvmAuthenticator",
                    "proxyChallengeWithoutCredentialsIsNotAnsweredFromTheJvmAuthenticator")),
            Map.entry(Bug.INTERRUPTS_IGNORED, List.of("interruptEndsAnExecuteWaitingForTheServer",
                    "cancellingAWaitingExchangeClosesItsConnection")),
            Map.entry(Bug.PER_READ_TIMEOUT_ONLY, List.of("requestTimeoutBoundsTheWholeWaitForHeadersThatTrickle")),
            Map.entry(Bug.NO_HANDSHAKE_TIMEOUT, List.of("tlsHandshakeThatNeverCompletesFailsAfterTheConnectTimeout")),
            Map.entry(Bug.NO_HOSTNAME_VERIFICATION, List.of("trustedCertificateForAnotherHostIsRejected")),
            Map.entry(Bug.STREAMED_ERROR_RESPONSE_CLAIMED, List.of("unauthorizedAnswerToAStreamedUploadIsReturnedWithItsBody")));

    @ParameterizedTest
    @EnumSource(Bug.class)
    void theSuiteCatchesThePlantedBug(Bug bug) {
        List<String> cases = CAUGHT_BY.get(bug);
        assertThat(cases).as("the cases that catch %s", bug).isNotNull();

        Map<String, List<TestExecutionResult>> results = run(bug, cases);

        assertThat(results.keySet()).as("every case named for %s ran", bug).containsExactlyInAnyOrderElementsOf(cases);
        results.forEach((name, runs) -> {
            assertThat(runs).as("the runs of %s, once per path for a case run through both", name).isNotEmpty();
            runs.forEach(result -> {
                assertThat(result.getStatus()).as("%s against the transport with %s", name, bug)
                        .isEqualTo(TestExecutionResult.Status.FAILED);
                assertThat(result.getThrowable()).get().extracting(Throwable::getMessage).asString()
                        .as("the failure of %s says what the contract requires and a typical cause", name)
                        .contains("Typical cause: ");
            });
        });
    }

    /** Runs the cases and gives, for each, the results of its runs (a case of both paths runs twice). */
    private static Map<String, List<TestExecutionResult>> run(Bug bug, List<String> cases) {
        MethodSelector[] selectors = cases.stream().map(name -> selectMethod(PlantedBugSuite.class, name))
                .toArray(MethodSelector[]::new);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors).build();
        Map<String, List<TestExecutionResult>> results = new ConcurrentHashMap<>();
        Launcher launcher = LauncherFactory.create();
        PlantedBugSuite.planted = bug;
        try {
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (!test.isTest()) {
                        return; // a case run through both paths is a container of its two runs
                    }
                    test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                            .ifPresent(method -> results.computeIfAbsent(method.getMethodName(),
                                    name -> new CopyOnWriteArrayList<>()).add(result));
                }
            });
        } finally {
            PlantedBugSuite.planted = null;
        }
        return results;
    }
}
