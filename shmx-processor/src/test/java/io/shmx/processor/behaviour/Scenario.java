package io.shmx.processor.behaviour;

/**
 * A piece of code compiled at test time together with a record and the processor, so that it
 * can use the generated API directly; {@link BehaviourTest} runs it against a real channel.
 */
public interface Scenario {
    /** Runs against the channel name given (unique to this run; removed afterwards). */
    void run(String channel) throws Exception;
}
