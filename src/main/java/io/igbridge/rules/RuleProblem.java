package io.igbridge.rules;

/**
 * One thing wrong in a rules file, where it is: {@code line} and {@code column} count from 1; 0 when the problem
 * is the whole file (it can't be read).
 */
public record RuleProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ", column " + column + ": " + message;
    }
}
