"""For a council's leader (and member-development officers): the roster of councillors,
invitations, uptake figures and the printable committee report."""
