"""What users ask and rate: feedback, the gap log and the knowledge-gap report."""
