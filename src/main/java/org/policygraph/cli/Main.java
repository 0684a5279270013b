package org.policygraph.cli;

/** Entry point of the policy-graph command line. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("policy-graph: commands to come");
    }
}
