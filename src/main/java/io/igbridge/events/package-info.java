/**
 * Step ② parsing: a stored raw delivery becomes typed events (sealed {@link io.igbridge.events.InstagramEvent}
 * and its records). Every real Meta shape and the seed guide's shapes; unknown shapes become
 * {@link io.igbridge.events.UnknownEvent}, never an exception.
 */
package io.igbridge.events;
