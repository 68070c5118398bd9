"""Pure domain code: values and rules, no I/O, no clock, no ORM, no Qt."""
